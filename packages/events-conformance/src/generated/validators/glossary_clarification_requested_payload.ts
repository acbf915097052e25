// Generated from the published schemas by `pnpm validators:generate`; do not edit.
// A schema layer's ajv validator, compiled ahead of time (tooling/scripts/validators.ts).
// @ts-nocheck
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);

export const validate = validate20;
const schema31 = {"$comment":"Generated from the @spec-kitty/events-core models by `pnpm schemas:generate`; do not edit.","$id":"spec-kitty-events/glossary_clarification_requested_payload","$schema":"https://json-schema.org/draft/2020-12/schema","description":"Payload for GlossaryClarificationRequested event.","properties":{"actor":{"description":"Actor who triggered the request","minLength":1,"title":"Actor","type":"string"},"mission_id":{"description":"Mission context","minLength":1,"title":"Mission Id","type":"string"},"options":{"description":"Available answer options","items":{"type":"string"},"title":"Options","type":"array"},"question":{"description":"Clarification question text","title":"Question","type":"string"},"scope_id":{"description":"Scope context","minLength":1,"title":"Scope Id","type":"string"},"semantic_check_event_id":{"description":"Event ID of triggering SemanticCheckEvaluated (burst-window key)","minLength":1,"title":"Semantic Check Event Id","type":"string"},"step_id":{"description":"Step that triggered clarification","minLength":1,"title":"Step Id","type":"string"},"term":{"description":"The ambiguous term","minLength":1,"title":"Term","type":"string"},"urgency":{"description":"Urgency level","enum":["low","medium","high"],"title":"Urgency","type":"string"}},"required":["mission_id","scope_id","step_id","semantic_check_event_id","term","question","options","urgency","actor"],"title":"GlossaryClarificationRequestedPayload","type":"object"};
const func0 = Object.prototype.hasOwnProperty;
const func74 = require("ajv/dist/runtime/ucs2length").default;

function validate20(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="spec-kitty-events/glossary_clarification_requested_payload" */;
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
if((data.scope_id === undefined) || (!(func0.call(data, "scope_id")))){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "scope_id"},message:"must have required property '"+"scope_id"+"'",schema:schema31.required,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if((data.step_id === undefined) || (!(func0.call(data, "step_id")))){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "step_id"},message:"must have required property '"+"step_id"+"'",schema:schema31.required,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if((data.semantic_check_event_id === undefined) || (!(func0.call(data, "semantic_check_event_id")))){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "semantic_check_event_id"},message:"must have required property '"+"semantic_check_event_id"+"'",schema:schema31.required,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if((data.term === undefined) || (!(func0.call(data, "term")))){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "term"},message:"must have required property '"+"term"+"'",schema:schema31.required,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if((data.question === undefined) || (!(func0.call(data, "question")))){
const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "question"},message:"must have required property '"+"question"+"'",schema:schema31.required,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if((data.options === undefined) || (!(func0.call(data, "options")))){
const err6 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "options"},message:"must have required property '"+"options"+"'",schema:schema31.required,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if((data.urgency === undefined) || (!(func0.call(data, "urgency")))){
const err7 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "urgency"},message:"must have required property '"+"urgency"+"'",schema:schema31.required,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if((data.actor === undefined) || (!(func0.call(data, "actor")))){
const err8 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "actor"},message:"must have required property '"+"actor"+"'",schema:schema31.required,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(data.actor !== undefined && func0.call(data, "actor")){
let data0 = data.actor;
if(typeof data0 === "string"){
if(func74(data0) < 1){
const err9 = {instancePath:instancePath+"/actor",schemaPath:"#/properties/actor/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema31.properties.actor,data:data0};
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
const err10 = {instancePath:instancePath+"/actor",schemaPath:"#/properties/actor/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.actor.type,parentSchema:schema31.properties.actor,data:data0};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.mission_id !== undefined && func0.call(data, "mission_id")){
let data1 = data.mission_id;
if(typeof data1 === "string"){
if(func74(data1) < 1){
const err11 = {instancePath:instancePath+"/mission_id",schemaPath:"#/properties/mission_id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema31.properties.mission_id,data:data1};
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
const err12 = {instancePath:instancePath+"/mission_id",schemaPath:"#/properties/mission_id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.mission_id.type,parentSchema:schema31.properties.mission_id,data:data1};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.options !== undefined && func0.call(data, "options")){
let data2 = data.options;
if(Array.isArray(data2)){
const len0 = data2.length;
for(let i0=0; i0<len0; i0++){
let data3 = data2[i0];
if(typeof data3 !== "string"){
const err13 = {instancePath:instancePath+"/options/" + i0,schemaPath:"#/properties/options/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.options.items.type,parentSchema:schema31.properties.options.items,data:data3};
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
const err14 = {instancePath:instancePath+"/options",schemaPath:"#/properties/options/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema31.properties.options.type,parentSchema:schema31.properties.options,data:data2};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data.question !== undefined && func0.call(data, "question")){
let data4 = data.question;
if(typeof data4 !== "string"){
const err15 = {instancePath:instancePath+"/question",schemaPath:"#/properties/question/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.question.type,parentSchema:schema31.properties.question,data:data4};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data.scope_id !== undefined && func0.call(data, "scope_id")){
let data5 = data.scope_id;
if(typeof data5 === "string"){
if(func74(data5) < 1){
const err16 = {instancePath:instancePath+"/scope_id",schemaPath:"#/properties/scope_id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema31.properties.scope_id,data:data5};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
else {
const err17 = {instancePath:instancePath+"/scope_id",schemaPath:"#/properties/scope_id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.scope_id.type,parentSchema:schema31.properties.scope_id,data:data5};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data.semantic_check_event_id !== undefined && func0.call(data, "semantic_check_event_id")){
let data6 = data.semantic_check_event_id;
if(typeof data6 === "string"){
if(func74(data6) < 1){
const err18 = {instancePath:instancePath+"/semantic_check_event_id",schemaPath:"#/properties/semantic_check_event_id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema31.properties.semantic_check_event_id,data:data6};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
else {
const err19 = {instancePath:instancePath+"/semantic_check_event_id",schemaPath:"#/properties/semantic_check_event_id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.semantic_check_event_id.type,parentSchema:schema31.properties.semantic_check_event_id,data:data6};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data.step_id !== undefined && func0.call(data, "step_id")){
let data7 = data.step_id;
if(typeof data7 === "string"){
if(func74(data7) < 1){
const err20 = {instancePath:instancePath+"/step_id",schemaPath:"#/properties/step_id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema31.properties.step_id,data:data7};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
else {
const err21 = {instancePath:instancePath+"/step_id",schemaPath:"#/properties/step_id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.step_id.type,parentSchema:schema31.properties.step_id,data:data7};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data.term !== undefined && func0.call(data, "term")){
let data8 = data.term;
if(typeof data8 === "string"){
if(func74(data8) < 1){
const err22 = {instancePath:instancePath+"/term",schemaPath:"#/properties/term/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema31.properties.term,data:data8};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
else {
const err23 = {instancePath:instancePath+"/term",schemaPath:"#/properties/term/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.term.type,parentSchema:schema31.properties.term,data:data8};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data.urgency !== undefined && func0.call(data, "urgency")){
let data9 = data.urgency;
if(typeof data9 !== "string"){
const err24 = {instancePath:instancePath+"/urgency",schemaPath:"#/properties/urgency/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.urgency.type,parentSchema:schema31.properties.urgency,data:data9};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
if(!(((data9 === "low") || (data9 === "medium")) || (data9 === "high"))){
const err25 = {instancePath:instancePath+"/urgency",schemaPath:"#/properties/urgency/enum",keyword:"enum",params:{allowedValues: schema31.properties.urgency.enum},message:"must be equal to one of the allowed values",schema:schema31.properties.urgency.enum,parentSchema:schema31.properties.urgency,data:data9};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
}
else {
const err26 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.type,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
validate20.errors = vErrors;
return errors === 0;
}
validate20.evaluated = {"props":{"actor":true,"mission_id":true,"options":true,"question":true,"scope_id":true,"semantic_check_event_id":true,"step_id":true,"term":true,"urgency":true},"dynamicProps":false,"dynamicItems":false};
