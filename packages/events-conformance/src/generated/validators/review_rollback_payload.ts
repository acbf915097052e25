// Generated from the published schemas by `pnpm validators:generate`; do not edit.
// A schema layer's ajv validator, compiled ahead of time (tooling/scripts/validators.ts).
// @ts-nocheck
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);

export const validate = validate20;
const schema31 = {"$comment":"Generated from the @spec-kitty/events-core models by `pnpm schemas:generate`; do not edit.","$id":"spec-kitty-events/review_rollback_payload","$schema":"https://json-schema.org/draft/2020-12/schema","description":"Typed payload for ReviewRollback events.","properties":{"actor":{"description":"Actor triggering rollback","minLength":1,"title":"Actor","type":"string"},"affected_wp_ids":{"description":"WP IDs affected by rollback","items":{"type":"string"},"title":"Affected Wp Ids","type":"array"},"mission_id":{"description":"Mission identifier","minLength":1,"title":"Mission Id","type":"string"},"review_ref":{"description":"Reference to the review that triggered rollback","minLength":1,"title":"Review Ref","type":"string"},"target_phase":{"description":"Phase to roll back to","minLength":1,"title":"Target Phase","type":"string"}},"required":["mission_id","review_ref","target_phase","actor"],"title":"ReviewRollbackPayload","type":"object"};
const func0 = Object.prototype.hasOwnProperty;
const func69 = require("ajv/dist/runtime/ucs2length").default;

function validate20(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="spec-kitty-events/review_rollback_payload" */;
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
if((data.mission_id === undefined) || (!(func0.call(data, "mission_id")))){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "mission_id"},message:"must have required property '"+"mission_id"+"'",schema:schema31.required,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if((data.review_ref === undefined) || (!(func0.call(data, "review_ref")))){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "review_ref"},message:"must have required property '"+"review_ref"+"'",schema:schema31.required,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if((data.target_phase === undefined) || (!(func0.call(data, "target_phase")))){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "target_phase"},message:"must have required property '"+"target_phase"+"'",schema:schema31.required,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if((data.actor === undefined) || (!(func0.call(data, "actor")))){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "actor"},message:"must have required property '"+"actor"+"'",schema:schema31.required,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.actor !== undefined && func0.call(data, "actor")){
let data0 = data.actor;
if(typeof data0 === "string"){
if(func69(data0) < 1){
const err4 = {instancePath:instancePath+"/actor",schemaPath:"#/properties/actor/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema31.properties.actor,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
else {
const err5 = {instancePath:instancePath+"/actor",schemaPath:"#/properties/actor/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.actor.type,parentSchema:schema31.properties.actor,data:data0};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.affected_wp_ids !== undefined && func0.call(data, "affected_wp_ids")){
let data1 = data.affected_wp_ids;
if(Array.isArray(data1)){
const len0 = data1.length;
for(let i0=0; i0<len0; i0++){
let data2 = data1[i0];
if(typeof data2 !== "string"){
const err6 = {instancePath:instancePath+"/affected_wp_ids/" + i0,schemaPath:"#/properties/affected_wp_ids/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.affected_wp_ids.items.type,parentSchema:schema31.properties.affected_wp_ids.items,data:data2};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
}
else {
const err7 = {instancePath:instancePath+"/affected_wp_ids",schemaPath:"#/properties/affected_wp_ids/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema31.properties.affected_wp_ids.type,parentSchema:schema31.properties.affected_wp_ids,data:data1};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.mission_id !== undefined && func0.call(data, "mission_id")){
let data3 = data.mission_id;
if(typeof data3 === "string"){
if(func69(data3) < 1){
const err8 = {instancePath:instancePath+"/mission_id",schemaPath:"#/properties/mission_id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema31.properties.mission_id,data:data3};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
else {
const err9 = {instancePath:instancePath+"/mission_id",schemaPath:"#/properties/mission_id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.mission_id.type,parentSchema:schema31.properties.mission_id,data:data3};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.review_ref !== undefined && func0.call(data, "review_ref")){
let data4 = data.review_ref;
if(typeof data4 === "string"){
if(func69(data4) < 1){
const err10 = {instancePath:instancePath+"/review_ref",schemaPath:"#/properties/review_ref/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema31.properties.review_ref,data:data4};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
else {
const err11 = {instancePath:instancePath+"/review_ref",schemaPath:"#/properties/review_ref/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.review_ref.type,parentSchema:schema31.properties.review_ref,data:data4};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.target_phase !== undefined && func0.call(data, "target_phase")){
let data5 = data.target_phase;
if(typeof data5 === "string"){
if(func69(data5) < 1){
const err12 = {instancePath:instancePath+"/target_phase",schemaPath:"#/properties/target_phase/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema31.properties.target_phase,data:data5};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
else {
const err13 = {instancePath:instancePath+"/target_phase",schemaPath:"#/properties/target_phase/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.target_phase.type,parentSchema:schema31.properties.target_phase,data:data5};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
}
else {
const err14 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.type,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
validate20.errors = vErrors;
return errors === 0;
}
validate20.evaluated = {"props":{"actor":true,"affected_wp_ids":true,"mission_id":true,"review_ref":true,"target_phase":true},"dynamicProps":false,"dynamicItems":false};
