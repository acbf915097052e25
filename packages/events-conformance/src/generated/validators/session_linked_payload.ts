// Generated from the published schemas by `pnpm validators:generate`; do not edit.
// A schema layer's ajv validator, compiled ahead of time (tooling/scripts/validators.ts).
// @ts-nocheck
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);

export const validate = validate20;
const schema31 = {"$comment":"Generated from the @spec-kitty/events-core models by `pnpm schemas:generate`; do not edit.","$id":"spec-kitty-events/session_linked_payload","$schema":"https://json-schema.org/draft/2020-12/schema","description":"Typed payload for SessionLinked events.","properties":{"link_type":{"description":"Direction of link","enum":["cli_to_saas","saas_to_cli"],"title":"Link Type","type":"string"},"linked_session_id":{"description":"Session being linked","minLength":1,"title":"Linked Session Id","type":"string"},"mission_id":{"description":"Mission context","minLength":1,"title":"Mission Id","type":"string"},"participant_id":{"description":"Participant linking sessions","minLength":1,"title":"Participant Id","type":"string"},"primary_session_id":{"description":"Primary session","minLength":1,"title":"Primary Session Id","type":"string"}},"required":["participant_id","mission_id","primary_session_id","linked_session_id","link_type"],"title":"SessionLinkedPayload","type":"object"};
const func0 = Object.prototype.hasOwnProperty;
const func71 = require("ajv/dist/runtime/ucs2length").default;

function validate20(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="spec-kitty-events/session_linked_payload" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate20.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if((data.participant_id === undefined) || (!(func0.call(data, "participant_id")))){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "participant_id"},message:"must have required property '"+"participant_id"+"'",schema:schema31.required,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if((data.mission_id === undefined) || (!(func0.call(data, "mission_id")))){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "mission_id"},message:"must have required property '"+"mission_id"+"'",schema:schema31.required,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if((data.primary_session_id === undefined) || (!(func0.call(data, "primary_session_id")))){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "primary_session_id"},message:"must have required property '"+"primary_session_id"+"'",schema:schema31.required,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if((data.linked_session_id === undefined) || (!(func0.call(data, "linked_session_id")))){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "linked_session_id"},message:"must have required property '"+"linked_session_id"+"'",schema:schema31.required,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if((data.link_type === undefined) || (!(func0.call(data, "link_type")))){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "link_type"},message:"must have required property '"+"link_type"+"'",schema:schema31.required,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.link_type !== undefined && func0.call(data, "link_type")){
let data0 = data.link_type;
if(typeof data0 !== "string"){
const err5 = {instancePath:instancePath+"/link_type",schemaPath:"#/properties/link_type/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.link_type.type,parentSchema:schema31.properties.link_type,data:data0};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(!((data0 === "cli_to_saas") || (data0 === "saas_to_cli"))){
const err6 = {instancePath:instancePath+"/link_type",schemaPath:"#/properties/link_type/enum",keyword:"enum",params:{allowedValues: schema31.properties.link_type.enum},message:"must be equal to one of the allowed values",schema:schema31.properties.link_type.enum,parentSchema:schema31.properties.link_type,data:data0};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.linked_session_id !== undefined && func0.call(data, "linked_session_id")){
let data1 = data.linked_session_id;
if(typeof data1 === "string"){
if(func71(data1) < 1){
const err7 = {instancePath:instancePath+"/linked_session_id",schemaPath:"#/properties/linked_session_id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema31.properties.linked_session_id,data:data1};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
else {
const err8 = {instancePath:instancePath+"/linked_session_id",schemaPath:"#/properties/linked_session_id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.linked_session_id.type,parentSchema:schema31.properties.linked_session_id,data:data1};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.mission_id !== undefined && func0.call(data, "mission_id")){
let data2 = data.mission_id;
if(typeof data2 === "string"){
if(func71(data2) < 1){
const err9 = {instancePath:instancePath+"/mission_id",schemaPath:"#/properties/mission_id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema31.properties.mission_id,data:data2};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
else {
const err10 = {instancePath:instancePath+"/mission_id",schemaPath:"#/properties/mission_id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.mission_id.type,parentSchema:schema31.properties.mission_id,data:data2};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.participant_id !== undefined && func0.call(data, "participant_id")){
let data3 = data.participant_id;
if(typeof data3 === "string"){
if(func71(data3) < 1){
const err11 = {instancePath:instancePath+"/participant_id",schemaPath:"#/properties/participant_id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema31.properties.participant_id,data:data3};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
else {
const err12 = {instancePath:instancePath+"/participant_id",schemaPath:"#/properties/participant_id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.participant_id.type,parentSchema:schema31.properties.participant_id,data:data3};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.primary_session_id !== undefined && func0.call(data, "primary_session_id")){
let data4 = data.primary_session_id;
if(typeof data4 === "string"){
if(func71(data4) < 1){
const err13 = {instancePath:instancePath+"/primary_session_id",schemaPath:"#/properties/primary_session_id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema31.properties.primary_session_id,data:data4};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
else {
const err14 = {instancePath:instancePath+"/primary_session_id",schemaPath:"#/properties/primary_session_id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.primary_session_id.type,parentSchema:schema31.properties.primary_session_id,data:data4};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
}
else {
const err15 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.type,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
validate20.errors = vErrors;
return errors === 0;
}
validate20.evaluated = {"props":{"link_type":true,"linked_session_id":true,"mission_id":true,"participant_id":true,"primary_session_id":true},"dynamicProps":false,"dynamicItems":false};
